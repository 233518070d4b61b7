package kr.innocluster.portal.identity;

/** A person as Keycloak knows them (the people search of the users-and-roles screen). */
public record Person(String id, String username, String firstName, String lastName, String email,
                     boolean emailVerified, boolean enabled) {

    /** Korean names read family name first without a space (김정민); Latin names given name first. */
    public String displayName() {
        if (firstName == null || lastName == null || firstName.isBlank() || lastName.isBlank()) {
            return firstName != null && !firstName.isBlank() ? firstName
                    : lastName != null && !lastName.isBlank() ? lastName : username;
        }
        boolean hangul = (lastName + firstName).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        return hangul ? lastName + firstName : firstName + " " + lastName;
    }
}
