package dev.imgproc.cluster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Script arguments and replies: Redis speaks bytes. */
public final class Bytes {
    private Bytes() {}

    public static byte[] of(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static List<byte[]> all(String... texts) {
        List<byte[]> list = new ArrayList<>(texts.length);
        for (String text : texts) {
            list.add(of(text));
        }
        return list;
    }

    /** Appends a map's entries as alternating field and value. */
    public static void addFields(List<byte[]> args, Map<String, String> fields) {
        fields.forEach((field, value) -> {
            args.add(of(field));
            args.add(of(value));
        });
    }

    public static String text(Object reply) {
        return reply instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(reply);
    }
}
