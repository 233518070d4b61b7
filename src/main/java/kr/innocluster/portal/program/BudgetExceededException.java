package kr.innocluster.portal.program;

/** Approving this grant would take the program's approved total above its budget; nothing was changed. */
public class BudgetExceededException extends ProgramException {

    public BudgetExceededException(long remaining) {
        super("program.error.budgetExceeded", remaining);
    }
}
