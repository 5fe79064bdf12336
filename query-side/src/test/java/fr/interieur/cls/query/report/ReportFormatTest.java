package fr.interieur.cls.query.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which form a report takes for an {@code Accept} header, and how its French writes numbers. */
class ReportFormatTest {

    private static Optional<ReportFormat> negotiate(String accept) {
        return ReportFormat.negotiate(accept == null ? null : Arrays.asList(accept.split(",")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "none                                                                   | JSON",
            "*/*                                                                    | JSON",
            "application/json                                                       | JSON",
            "application/*                                                          | JSON",
            "text/csv                                                               | CSV",
            "text/csv;charset=UTF-8                                                 | CSV",
            "text/html                                                              | HTML",
            "text/*                                                                 | HTML",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8        | HTML",
            "application/json;q=0.5,text/csv                                        | CSV",
            "text/*;q=0.3,text/csv;q=0,*/*;q=0.1                                    | HTML",
            "*/*,application/json;q=0                                               | HTML"})
    void chooses(String accept, ReportFormat expected) {
        assertThat(negotiate(accept)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"application/pdf", "image/*", "text/csv;q=0", "application/problem+json",
                                         "not a media type"})
    void refuses(String accept) {
        assertThat(negotiate(accept)).isEmpty();
    }

    @Test
    void anEmptyHeaderIsNoHeader() {
        assertThat(ReportFormat.negotiate(List.of(" "))).contains(ReportFormat.JSON);
    }

    @Test
    void frenchNumbers() {
        assertThat(Wording.decimal(new BigDecimal("190.50"))).isEqualTo("190,5");
        assertThat(Wording.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Wording.number(new BigDecimal("445452"))).isEqualTo("445\u00a0452");
        assertThat(Wording.number(new BigDecimal("-1234.5"))).isEqualTo("-1\u00a0234,5");
        assertThat(Wording.percent(new BigDecimal("0.396"))).isEqualTo("39,6");
        assertThat(Wording.percent(new BigDecimal("1.025"))).isEqualTo("102,5");
        assertThat(Wording.percent(new BigDecimal("-0.125"))).isEqualTo("-12,5");
        assertThat(Wording.percent(BigDecimal.ONE)).isEqualTo("100");
    }

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        assertThat(ReportBuilder.progress(new BigDecimal("120"), new BigDecimal("600"), new BigDecimal("310")))
                .isEqualTo(new BigDecimal("0.396"));
        // a target below the baseline (fewer thefts): going down is progress
        assertThat(ReportBuilder.progress(new BigDecimal("200"), new BigDecimal("150"), new BigDecimal("180")))
                .isEqualTo(new BigDecimal("0.400"));
        assertThat(ReportBuilder.progress(new BigDecimal("200"), new BigDecimal("150"), new BigDecimal("220")))
                .isEqualTo(new BigDecimal("-0.400"));
        assertThat(ReportBuilder.progress(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE)).isNull();
        assertThat(ReportBuilder.progress(BigDecimal.ZERO, null, BigDecimal.ONE)).isNull();
        assertThat(ReportBuilder.progress(BigDecimal.ZERO, BigDecimal.TEN, null)).isNull();
    }

    @Test
    void chairsAgreeWithTheirName() {
        assertThat(Wording.office("PREFET", "M. Jean Durand")).isEqualTo("préfet");
        assertThat(Wording.office("SOUS_PREFET", "Mme Claire Martin")).isEqualTo("sous-préfète déléguée");
    }
}
