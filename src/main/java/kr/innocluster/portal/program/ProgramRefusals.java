package kr.innocluster.portal.program;

import kr.innocluster.portal.base.NotFoundException;

/** The program feature's one "not found" refusal: a missing record and one the caller may not see look the same. */
final class ProgramRefusals {

    static final String NOT_FOUND = "program.error.notFound";
    static final String INVALID = "program.error.validation";

    private ProgramRefusals() {
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }
}
