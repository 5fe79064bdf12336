package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * {@code java -jar query-side.jar verify --url=jdbc:postgresql://host/db [--user= --password=] [--contract=ID]
 * [--digest=HEX --position=N] [--threads=N]}: the verification of the hash chains for auditors who hold a database
 * (a dump restored anywhere) and nothing else. No Spring, no web, no processor: JDBC and the verifier. Prints the
 * result as JSON; exits 0 when everything holds, 1 when something is broken or the digest does not match, 2 on a
 * usage or connection error.
 */
public final class VerifyCommand {

    static final int VERIFIED = 0;
    static final int BROKEN = 1;
    static final int ERROR = 2;

    private static final Set<String> OPTIONS = Set.of("url", "user", "password", "contract", "digest", "position",
                                                      "threads");
    private static final String USAGE = """
            usage: java -jar query-side.jar verify --url=jdbc:postgresql://host:5432/database
                     [--user=NAME] [--password=SECRET]   (or PGUSER, PGPASSWORD)
                     [--contract=ID]                     only this contract's chain (any aggregate id)
                     [--position=N]                      the log up to global position N (default: all of it)
                     [--digest=HEX --position=N]         and check a kept digest of the log at position N
                     [--threads=N]                       parallel readers (default: half the processors)
            Prints the result as JSON. Exit status: 0 verified, 1 broken or digest mismatch, 2 usage or connection error.
            """;

    private VerifyCommand() {
    }

    /** The command line's arguments after {@code verify}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return ERROR;
        }
        if (options.containsKey("help")) {
            out.print(USAGE);
            return VERIFIED;
        }
        try {
            return verify(options, out, err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return ERROR;
        } catch (SQLException e) {
            err.println("cannot read the event store: " + e.getMessage());
            return ERROR;
        }
    }

    private static int verify(Map<String, String> options, PrintStream out, PrintStream err) throws SQLException {
        String url = options.get("url");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--url is required");
        }
        String contract = options.get("contract");
        String digest = options.get("digest");
        Long position = number(options, "position");
        Long threads = number(options, "threads");
        if (digest != null && (position == null || !digest.matches("[0-9a-fA-F]{64}"))) {
            throw new IllegalArgumentException("--digest takes the 64 hex digits of a digest and needs the --position "
                                               + "it was taken at");
        }
        if (digest != null && contract != null) {
            throw new IllegalArgumentException("a digest covers the whole log: give --digest or --contract, not both");
        }
        Properties credentials = new Properties();
        String user = options.getOrDefault("user", System.getenv("PGUSER"));
        String password = options.getOrDefault("password", System.getenv("PGPASSWORD"));
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        int parallel = threads == null ? AuditProperties.defaultThreads() : Math.max(1, threads.intValue());
        ChainVerifier verifier = new ChainVerifier(() -> connect(url, credentials), parallel, 2000);
        try (Connection ignored = connect(url, credentials)) {
            // fails fast, and plainly, on a wrong URL or password
        }

        long start = System.nanoTime();
        long upTo = position == null ? verifier.head() : position;
        boolean heads = contract == null && position != null;
        ChainVerifier.Pass pass = verifier.pass(contract, upTo, heads);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Verification verification = pass.verification();
        if (contract != null && verification.events() == 0) {
            err.println("no events of \"" + contract + "\" up to position " + upTo);
            return ERROR;
        }

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode result = json.valueToTree(verification);
        boolean holds = verification.verified();
        if (heads) {
            String recomputed = LogDigest.of(upTo, pass.heads());
            result.put("digest", recomputed);
            result.put("digestEncoding", LogDigest.VERSION);
            if (digest != null) {
                boolean matches = recomputed.equals(digest.toLowerCase(Locale.ROOT));
                result.put("expectedDigest", digest.toLowerCase(Locale.ROOT));
                result.put("digestMatches", matches);
                holds &= matches;
            }
        }
        out.println(result.toPrettyString());
        err.printf(Locale.ROOT, "%d events in %d chain%s read up to position %d in %d ms%s%n",
                   verification.events(), verification.chains(), verification.chains() == 1 ? "" : "s", upTo, millis,
                   millis == 0 ? "" : String.format(Locale.ROOT, " (%.0f events/s)",
                                                    verification.events() * 1000.0 / millis));
        return holds ? VERIFIED : BROKEN;
    }

    private static Connection connect(String url, Properties credentials) throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                options.put("help", "");
                continue;
            }
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2, equals);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            options.put(name, arg.substring(equals + 1));
        }
        return options;
    }

    private static Long number(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number");
    }
}
