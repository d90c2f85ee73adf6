package dev.rehabdoc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clinic that hands the content out: its name and how a patient reaches it, printed on every handout and log.
 *
 * @param name     what the clinic is called
 * @param address  where it is, one line or several
 * @param phone    its phone number, as a patient dials it
 * @param email    its email address
 * @param website  its web address, starting with {@code https://} or {@code http://}
 * @param logo     its logo, printed beside its name
 * @param hours    when it is open
 * @param callUsIf when a patient should call, such as "the pain spreads or gets worse"
 */
public record Clinic(
        @NotBlank @AtMost(Limit.NAME) String name,
        @AtMost(Limit.ADDRESS) String address,
        @AtMost(Limit.PHONE) String phone,
        @Email(message = "must be an email address, such as info@clinic.example") @AtMost(Limit.EMAIL) String email,
        @Pattern(regexp = "https?://[^\\s/?#]+\\.[^\\s]*", message = "must be a web address starting with https://, "
                + "such as https://clinic.example") @AtMost(Limit.WEBSITE) String website,
        @Valid Image logo,
        @AtMost(Limit.HOURS) String hours,
        @AtMost(Limit.CALL_US_IF) String callUsIf) {

    /** The clinic with only a name. */
    public static Clinic named(String name) {
        return new Clinic(name, null, null, null, null, null, null, null);
    }

    public Optional<String> addressText() {
        return present(address);
    }

    public Optional<String> phoneText() {
        return present(phone);
    }

    public Optional<String> emailText() {
        return present(email);
    }

    public Optional<String> websiteText() {
        return present(website);
    }

    public Optional<String> hoursText() {
        return present(hours);
    }

    public Optional<String> callUsIfText() {
        return present(callUsIf);
    }

    /** The ways to reach the clinic that it gives, phone first, each as written: for a line at the foot of a page. */
    public List<String> contacts() {
        List<String> contacts = new ArrayList<>();
        phoneText().ifPresent(contacts::add);
        emailText().ifPresent(contacts::add);
        websiteText().ifPresent(contacts::add);
        return List.copyOf(contacts);
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
