package kr.innocluster.portal.program;

/** Why a company is not eligible: an i18n key and the program's requirement it failed (e.g. "대구, 경북"). */
public record EligibilityReason(String messageKey, String requirement) {
}
