package kr.innocluster.portal.company;

/** 기업규모: 소상공인, 소기업, 중기업, 중견기업, 대기업 (labels {@code company.size.<NAME>}). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, MIDSIZE, LARGE
}
