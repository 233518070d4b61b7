package kr.innocluster.portal.program;

import java.util.Optional;

/** An open program as a visitor sees it; a company user also sees whether their company is eligible. */
public record OpenProgram(ProgramSummary program, Optional<Eligibility> eligibility) {
}
