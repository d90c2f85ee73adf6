package dev.rehabdoc.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A clinician whose words the content quotes.
 *
 * @param id           how quotes and the publication refer to this expert
 * @param name         the name as printed, without credentials
 * @param credentials  post-nominals such as {@code MD}
 * @param role         what the expert does, in a phrase
 * @param organization where the expert practises
 */
public record Expert(
        @ContentId @AtMost(Limit.ID) String id,
        @NotBlank @AtMost(Limit.NAME) String name,
        @AtMost(Limit.CREDENTIALS) String credentials,
        @AtMost(Limit.ROLE) String role,
        @AtMost(Limit.ORGANIZATION) String organization) {

    /** The name with credentials, as a byline prints it: {@code Kaliq Chang, MD}. */
    public String byline() {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }
}
