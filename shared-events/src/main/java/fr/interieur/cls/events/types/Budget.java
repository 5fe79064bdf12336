package fr.interieur.cls.events.types;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The budget of an action sheet and the lines that fund it. Amounts are in {@code currency} (ISO 4217). */
public record Budget(BigDecimal amount, String currency, List<String> fundingLines) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Budget {
        Checks.present(amount, "budget amount");
        Checks.nonNegative(amount, "budget amount");
        Checks.require(currency != null && CURRENCY.matcher(currency).matches(),
                "budget currency must be an ISO 4217 code such as \"EUR\" or \"FRF\"");
        fundingLines = Checks.texts(fundingLines, "funding lines");
    }
}
