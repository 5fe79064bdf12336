package fr.interieur.cls.query;

import fr.interieur.cls.query.audit.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

@SpringBootApplication
@ConfigurationPropertiesScan
public class QuerySideApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            // the auditors' command line (docs/audit.md): JDBC only, without starting Spring, web or processors
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
