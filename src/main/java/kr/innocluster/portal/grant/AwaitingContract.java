package kr.innocluster.portal.grant;

/** An agreed grant whose contract is not prepared yet. */
public record AwaitingContract(long applicationId, String programTitle, String companyName, String projectTitle,
                               long governmentGrant) {
}
