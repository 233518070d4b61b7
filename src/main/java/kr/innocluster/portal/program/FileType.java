package kr.innocluster.portal.program;

/** Document formats a program may accept; the type of an upload is read from its content, never from its name. */
public enum FileType {
    PDF, HWP, DOCX, XLSX
}
