package kr.innocluster.portal.company;

import java.time.LocalDate;

/**
 * A company's smart-factory level as other features should use it: the level a mentor or an official confirmed (with
 * the date of the on-site visit), or else the level the company declared itself, marked unconfirmed.
 *
 * @param declared    the level on the company's own profile, or {@code null}
 * @param confirmed   the confirmed level, or {@code null} when nobody confirmed one
 * @param confirmedOn the day of the confirming visit, or {@code null}
 */
public record SmartFactoryLevel(Integer declared, Integer confirmed, LocalDate confirmedOn) {

    /** The confirmed level when there is one, else the declared one (possibly {@code null}). */
    public Integer effective() {
        return confirmed != null ? confirmed : declared;
    }

    public boolean isConfirmed() {
        return confirmed != null;
    }
}
