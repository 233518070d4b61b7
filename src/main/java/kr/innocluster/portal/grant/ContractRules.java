package kr.innocluster.portal.grant;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kr.innocluster.portal.base.Message;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.RuleException;

/** The checks a contract must pass against the agreed grant and the program's settings. */
final class ContractRules {

    static final String INVALID = "grant.validation.summary";

    private ContractRules() {
    }

    static void check(ContractForm f, long governmentGrant, ProgramSettings settings) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (f.periodStart() == null || f.periodEnd() == null || !f.periodEnd().isAfter(f.periodStart())) {
            errors.put("period", Message.of("grant.validation.period"));
        }
        long cash = f.ownCash() == null ? -1 : f.ownCash();
        long inKind = f.ownInKind() == null ? -1 : f.ownInKind();
        if (cash < 0) {
            errors.put("ownCash", Message.of("grant.validation.amount"));
        }
        if (inKind < 0) {
            errors.put("ownInKind", Message.of("grant.validation.amount"));
        }
        Set<String> seen = new HashSet<>();
        boolean linesOk = !f.lines().isEmpty();
        for (ContractForm.LineAmounts l : f.lines()) {
            linesOk &= l.category() != null && !l.category().isBlank() && seen.add(l.category().strip())
                    && l.grantAmount() >= 0 && l.ownAmount() >= 0 && l.grantAmount() + l.ownAmount() > 0;
        }
        if (!linesOk) {
            errors.put("lines", Message.of("grant.validation.lines"));
        } else {
            long grants = f.lines().stream().mapToLong(ContractForm.LineAmounts::grantAmount).sum();
            long owns = f.lines().stream().mapToLong(ContractForm.LineAmounts::ownAmount).sum();
            if (grants != governmentGrant) {
                errors.put("lines", Message.of("grant.validation.grantSum", Money.won(grants),
                        Money.won(governmentGrant)));
            } else if (cash >= 0 && inKind >= 0 && owns != cash + inKind) {
                errors.put("lines", Message.of("grant.validation.ownSum", Money.won(owns), Money.won(cash + inKind)));
            }
        }
        if (cash >= 0 && inKind >= 0 && !errors.containsKey("ownCash")) {
            long own = cash + inKind;
            long total = governmentGrant + own;
            if (own * 100 < (long) settings.minOwnPercent() * total) {
                // the smallest own contribution o with o / (G + o) >= p: o >= G * p / (100 - p)
                long needed = settings.minOwnPercent() >= 100 ? Long.MAX_VALUE
                        : ceilDiv(governmentGrant * settings.minOwnPercent(), 100 - settings.minOwnPercent());
                errors.put("ownCash", Message.of("grant.validation.minOwn", settings.minOwnPercent(),
                        Money.won(needed)));
            } else if (cash * 100 < (long) settings.minCashPercent() * own) {
                errors.put("ownCash", Message.of("grant.validation.minCash", settings.minCashPercent(),
                        Money.won(ceilDiv(own * settings.minCashPercent(), 100))));
            }
        }
        if (f.kpis().isEmpty() || f.kpis().stream().anyMatch(k -> k.name() == null || k.name().isBlank()
                || k.target() == null || k.target().isBlank())) {
            errors.put("kpis", Message.of("grant.validation.kpis"));
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalidFields(INVALID, errors);
        }
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
