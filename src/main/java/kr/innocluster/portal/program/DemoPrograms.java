package kr.innocluster.portal.program;

import java.util.List;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/** The texts of the demo programs, drawn from real regional practice (Daegu manufacturing AX, Osong bio). */
final class DemoPrograms {

    enum Phase { OPEN, UNDER_REVIEW, COMPLETED }

    record Spec(String title, String host, ProgramCategory category, String description, long budget, long maxGrant,
                int opensDaysAgo, int closesInDays, boolean blind, EligibilityRules rules, Phase phase) {
    }

    private DemoPrograms() {
    }

    static List<Spec> all() {
        return List.of(
                new Spec("2026 제조 AX 실증 지원사업", "대구테크노파크", ProgramCategory.MANUFACTURING_AX, """
                        대구 지역 제조 중소기업의 AI 전환(AX)을 돕기 위해 생산 현장에 AI 솔루션을 적용·실증하는 과제를 지원합니다.

                        - 지원 내용: AI 비전검사, 설비 예지보전, 공정 최적화 등 AI 솔루션 도입·실증 비용
                        - 지원 규모: 과제당 최대 1억 5천만 원 (정부지원금 75% 이내, 기업 부담 25% 이상)
                        - 수행 기간: 협약일로부터 8개월 이내
                        - 우대: 실증팩토리(ABB) 사전 테스트를 마친 과제

                        평가는 서면 평가(기술성·사업성·역량·정책부합·가점)로 하며 60점 이상인 과제 가운데 예산 범위에서 선정합니다.""",
                        1_200_000_000L, 150_000_000L, 10, 20, false,
                        new EligibilityRules(List.of(Region.DAEGU, Region.GYEONGBUK),
                                List.of(SizeClass.SMALL, SizeClass.MEDIUM), List.of("C"), 2, null),
                        Phase.OPEN),
                new Spec("첨단바이오 AI 활용 지원사업", "충북 오송 첨단바이오 클러스터", ProgramCategory.BIO_AI, """
                        오송 첨단바이오 클러스터 입주·협력 기업이 연구개발과 생산에 AI를 활용하도록 데이터 구축과 모델 적용을 지원합니다.

                        - 지원 분야: 신약 후보물질 탐색, 바이오 공정 데이터 분석, 의료기기 영상 AI
                        - 지원 규모: 과제당 최대 1억 원
                        - 블라인드 서면 평가로 공정하게 심사합니다.""",
                        800_000_000L, 100_000_000L, 5, 25, true,
                        new EligibilityRules(List.of(Region.CHUNGBUK), List.of(), List.of("C21", "C27", "M70"), null, 7),
                        Phase.OPEN),
                new Spec("2026 스마트공장 고도화 지원사업 (1차)", "대구테크노파크", ProgramCategory.SMART_FACTORY, """
                        기초 수준 이상의 스마트공장을 구축한 기업의 고도화(MES 연동, 설비 데이터 수집)를 지원합니다.

                        - 지원 규모: 과제당 최대 1억 2천만 원
                        - 접수 마감 후 서면 평가 진행 중""",
                        600_000_000L, 120_000_000L, 60, -10, false,
                        new EligibilityRules(List.of(Region.DAEGU), List.of(), List.of("C"), 1, null), Phase.UNDER_REVIEW),
                new Spec("2025 제조 데이터 활용 실증사업", "대구테크노파크", ProgramCategory.DIGITAL_TRANSFORMATION, """
                        제조 현장 데이터를 모아 품질·설비 문제를 푸는 실증 과제를 지원한 2025년 사업입니다.

                        - 선정 과제의 협약과 수행이 완료되었습니다.""",
                        300_000_000L, 80_000_000L, 400, -330, false, EligibilityRules.none(), Phase.COMPLETED));
    }
}
