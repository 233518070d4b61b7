package kr.innocluster.portal.grant;

/** One year's outcomes (성과): sales, exports and investment in KRW; people, patents and products as counts. */
public record OutcomeForm(Long sales, Long exports, Integer employees, Integer newHires, Integer patents,
                          Long investment, Integer products) {
}
