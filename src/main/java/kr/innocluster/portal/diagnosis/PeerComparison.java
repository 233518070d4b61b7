package kr.innocluster.portal.diagnosis;

import java.util.Map;

/**
 * A diagnosis beside the average of other companies in the same region and KSIC section (each company's latest
 * diagnosis). {@code averages} is empty unless at least {@code minPeers} other companies stand behind it, so no
 * single company's result can be read from it.
 */
public record PeerComparison(DiagnosisResult result, Map<DiagnosisArea, Double> averages, int peers, int minPeers,
                             String region, String ksicSection) {

    public PeerComparison {
        averages = Map.copyOf(averages);
    }

    public boolean averageShown() {
        return !averages.isEmpty();
    }
}
