package kr.innocluster.portal.grant;

/** An evidence or report attachment. */
public record FileView(long id, String fileName, long size) {
}
