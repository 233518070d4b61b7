package kr.innocluster.portal.program;

/**
 * The record does not exist, or the caller may not see it: both look exactly the same, so nobody learns that
 * another company's application or another reviewer's assignment exists.
 */
public class ProgramRecordNotFoundException extends ProgramException {

    public ProgramRecordNotFoundException() {
        super("program.error.notFound");
    }
}
