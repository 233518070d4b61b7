package kr.innocluster.portal.seminar;

/** What a person enters to register; prefilled from their account, editable, and the privacy consent. */
public class RegistrationForm {

    private String name = "";
    private String organisation = "";
    private String email = "";
    private String phone = "";
    private boolean consent;

    public RegistrationForm() {
    }

    public RegistrationForm(String name, String organisation, String email, String phone, boolean consent) {
        this.name = name;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
        this.consent = consent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
