package kr.innocluster.portal.company;

/** The 17 시·도; labels come from the message bundle ({@code company.region.<NAME>}). */
public enum Region {
    SEOUL, BUSAN, DAEGU, INCHEON, GWANGJU, DAEJEON, ULSAN, SEJONG, GYEONGGI, GANGWON, CHUNGBUK, CHUNGNAM, JEONBUK,
    JEONNAM, GYEONGBUK, GYEONGNAM, JEJU
}
