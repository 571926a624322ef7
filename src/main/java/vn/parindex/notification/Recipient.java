package vn.parindex.notification;

/** A user a notice goes to; {@code email} is null when the user has no address. */
public record Recipient(String userId, String fullName, String email) {

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
