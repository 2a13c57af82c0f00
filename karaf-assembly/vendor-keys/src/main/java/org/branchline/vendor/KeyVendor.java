package org.branchline.vendor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.licensing.internal.keys.KeyDocument;
import org.branchline.licensing.internal.keys.VendorSignature;

/**
 * The key vendor's tool; it never ships in the distribution.
 *
 * <pre>
 * java -jar branchline-vendor-keys.jar generate --private vendor.key --public vendor-public.key
 * java -jar branchline-vendor-keys.jar sign --private vendor.key --server BL-7F3A-91C2-0D4E \
 *     --feature CONFERENCE_CENTER --feature GENERIC_SIP_HANDSETS=10 [--expires 2027-11-23] [--id K-1]
 * </pre>
 *
 * The public key goes into {@code bundles/licensing/src/main/resources/vendor-public.key}.
 */
public final class KeyVendor {
    private KeyVendor() {
    }

    public static void main(String[] args) throws Exception {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        String command = rest.isEmpty() ? "" : rest.pop();
        switch (command) {
            case "generate" -> generate(rest);
            case "sign" -> System.out.print(sign(rest).format());
            default -> usage(System.err);
        }
    }

    private static void generate(Deque<String> args) throws GeneralSecurityException, IOException {
        Path privateFile = null;
        Path publicFile = null;
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--private" -> privateFile = Path.of(value(args, option));
                case "--public" -> publicFile = Path.of(value(args, option));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (privateFile == null || publicFile == null) {
            throw new IllegalArgumentException("generate needs --private FILE and --public FILE");
        }
        KeyPair pair = KeyPairGenerator.getInstance(VendorSignature.ALGORITHM).generateKeyPair();
        write(privateFile, "# Branchline key vendor private key (Ed25519, PKCS#8). Keep it secret.",
                pair.getPrivate().getEncoded());
        write(publicFile, "# Branchline key vendor public key (Ed25519, X.509).", pair.getPublic().getEncoded());
    }

    /** Signs the key the options describe. */
    public static KeyDocument sign(Deque<String> args) throws GeneralSecurityException, IOException {
        Path privateFile = null;
        String server = null;
        String id = UUID.randomUUID().toString();
        LocalDate issued = LocalDate.now();
        LocalDate expires = null;
        Map<LicensedFeature, Integer> features = new EnumMap<>(LicensedFeature.class);
        while (!args.isEmpty()) {
            String option = args.pop();
            switch (option) {
                case "--private" -> privateFile = Path.of(value(args, option));
                case "--server" -> server = value(args, option);
                case "--id" -> id = value(args, option);
                case "--issued" -> issued = LocalDate.parse(value(args, option));
                case "--expires" -> expires = LocalDate.parse(value(args, option));
                case "--feature" -> feature(value(args, option), features);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (privateFile == null || server == null || features.isEmpty()) {
            throw new IllegalArgumentException("sign needs --private FILE, --server ID and at least one --feature");
        }
        KeyDocument key = new KeyDocument(id, server, features, issued, expires, new byte[0]);
        return VendorSignature.sign(key, VendorSignature.privateKey(Files.readString(privateFile)));
    }

    private static void feature(String text, Map<LicensedFeature, Integer> features) {
        String[] parts = text.split("=", 2);
        LicensedFeature f = LicensedFeature.parse(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("unknown feature " + parts[0]));
        features.put(f, parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
    }

    private static String value(Deque<String> args, String option) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.pop();
    }

    private static void write(Path file, String comment, byte[] key) throws IOException {
        Files.writeString(file, comment + "\n" + Base64.getEncoder().encodeToString(key) + "\n",
                StandardCharsets.US_ASCII);
    }

    private static void usage(PrintStream out) {
        out.println("usage: generate --private FILE --public FILE");
        out.println("       sign --private FILE --server ID --feature NAME[=COUNT]... [--expires YYYY-MM-DD]"
                + " [--issued YYYY-MM-DD] [--id ID]");
        out.println("features: " + List.of(LicensedFeature.values()));
        System.exit(2);
    }
}
