package fr.interieur.cls.query.report;

import fr.interieur.cls.query.contract.ContractsProjection;
import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.Parameters;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import fr.interieur.cls.web.BadRequestParameter;
import fr.interieur.cls.web.CommonProblemHandler;
import fr.interieur.cls.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * The year-end report of a département, as JSON, CSV or a printable HTML page by {@code Accept}. One report
 * written three ways, so the form is chosen here ({@link ReportFormat}) once the report is built, and a form
 * not offered is a 406 problem that says which ones are.
 */
@RestController
class ReportEndpoint {

    private final ReportReads reads;
    private final ReadAccess access;
    private final ReadConsistency consistency;

    ReportEndpoint(ReportReads reads, ReadAccess access, ReadConsistency consistency) {
        this.reads = reads;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/departements/{code}/report")
    ResponseEntity<?> report(@PathVariable String code, @RequestParam(required = false) String year,
                             @RequestParam(required = false) Long minPosition,
                             @RequestHeader(name = HttpHeaders.ACCEPT, required = false) List<String> accept) {
        ReportFormat format = ReportFormat.negotiate(accept).orElseThrow(NotAcceptable::new);
        Parameters.requireDepartement(code);
        int chosen = Parameters.year("year", year);
        LocalDate today = reads.today();
        if (chosen > today.getYear()) {
            throw new BadRequestParameter("year", "year " + chosen + " has not begun; the latest report is of "
                                                  + today.getYear());
        }
        access.requireDepartement(code);
        consistency.await(minPosition, ContractsProjection.NAME);
        YearReport report = reads.report(code, chosen, today);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(format.contentType())
                                                          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (format) {
            case JSON -> answer.body(report);
            case CSV -> answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                      .filename("bilan-cls-" + code + "-" + chosen + ".csv").build().toString())
                              .body(ReportCsv.write(report));
            case HTML -> answer.header("Content-Security-Policy", ReportHtml.CONTENT_SECURITY_POLICY)
                               .body(ReportHtml.write(report));
        };
    }

    @ExceptionHandler(NotAcceptable.class)
    ResponseEntity<Object> notAcceptable(NotAcceptable e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                                                        e.getMessage()), request);
    }

    /** The client accepts none of the report's forms: 406. */
    static class NotAcceptable extends RuntimeException {

        NotAcceptable() {
            super("the report comes as " + String.join(", ", ReportFormat.OFFERED.stream().map(Object::toString)
                                                                                   .toList())
                  + "; ask for one of them in Accept");
        }
    }
}
