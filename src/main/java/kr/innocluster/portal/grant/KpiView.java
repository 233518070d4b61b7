package kr.innocluster.portal.grant;

/** An agreed KPI with its target and, once reported, what was achieved. */
public record KpiView(long id, String name, String target, String achieved) {
}
