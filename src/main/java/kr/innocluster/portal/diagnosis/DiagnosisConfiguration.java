package kr.innocluster.portal.diagnosis;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Diagnosis settings: {@code portal.diagnosis.cut-offs} (four increasing scores 0–100, default 20,40,60,80),
 * {@code portal.diagnosis.max-lead-over-weakest} (default 1) and {@code portal.diagnosis.min-peers} (how many other
 * companies must stand behind a regional average before it is shown, default 5). See {@link DiagnosisScoring}.
 */
@Configuration(proxyBeanMethods = false)
class DiagnosisConfiguration {

    @Bean
    DiagnosisScoring diagnosisScoring(@Value("${portal.diagnosis.cut-offs:20,40,60,80}") List<Integer> cutOffs,
                                      @Value("${portal.diagnosis.max-lead-over-weakest:1}") int maxLead) {
        return new DiagnosisScoring(cutOffs, maxLead);
    }
}
