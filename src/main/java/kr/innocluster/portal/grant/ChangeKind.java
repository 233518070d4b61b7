package kr.innocluster.portal.grant;

/** A change within the program's limit is a notice (applied at once); beyond it, or an extension, is a request. */
public enum ChangeKind {
    NOTICE, REQUEST
}
