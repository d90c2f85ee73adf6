package dev.rehabdoc.export.fhir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a resource made from a rehabdoc id lives: its FHIR {@code id}, its canonical {@code url} and the
 * {@code urn:uuid:} its Bundle entry is known by, all derived from the type and the rehabdoc id alone, so that every
 * export gives the same ones.
 *
 * @param type the resource type, such as {@code ActivityDefinition}
 * @param id   the resource id: the rehabdoc id, shortened with a hash when longer than FHIR's 64 characters
 */
record ResourceAddress(String type, String id) {
    /** Where rehabdoc's canonical urls start. */
    static final String BASE = "https://rehabdoc.dev/fhir/";

    private static final int MAX_ID_LENGTH = 64;
    /** The RFC 4122 name space for URLs; the name hashed is the resource's canonical url. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    ResourceAddress {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** The address of the resource of this type made from a rehabdoc id. */
    static ResourceAddress of(String type, String rehabdocId) {
        return new ResourceAddress(type, fhirId(rehabdocId));
    }

    /** The canonical url, such as {@code https://rehabdoc.dev/fhir/ActivityDefinition/cat-cow}. */
    String url() {
        return BASE + type + "/" + id;
    }

    /** The entry's {@code fullUrl}: a name-based (version 5) UUID of the canonical url. */
    String fullUrl() {
        return "urn:uuid:" + nameBasedUuid(url());
    }

    /** A rehabdoc id as a FHIR id ({@code [A-Za-z0-9\-.]{1,64}}); rehabdoc ids already use only those characters. */
    static String fhirId(String rehabdocId) {
        if (rehabdocId.length() <= MAX_ID_LENGTH) {
            return rehabdocId;
        }
        String hash = HexFormat.of().formatHex(sha1(rehabdocId.getBytes(StandardCharsets.UTF_8)), 0, 4);
        return rehabdocId.substring(0, MAX_ID_LENGTH - hash.length() - 1) + "-" + hash;
    }

    static UUID nameBasedUuid(String name) {
        ByteBuffer input = ByteBuffer.allocate(16 + name.getBytes(StandardCharsets.UTF_8).length);
        input.putLong(URL_NAMESPACE.getMostSignificantBits()).putLong(URL_NAMESPACE.getLeastSignificantBits());
        input.put(name.getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha1(input.array());
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
