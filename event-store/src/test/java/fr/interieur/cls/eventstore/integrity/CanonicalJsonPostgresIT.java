package fr.interieur.cls.eventstore.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.eventstore.ClsSerializer;
import fr.interieur.cls.testsupport.TestDatabase;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain is computed from the JSON the engine holds before the insert, and verified later from what
 * PostgreSQL's jsonb gives back: keys reordered, white space dropped, escapes decoded, numbers as jsonb prints them.
 * Both must have the same canonical form.
 */
class CanonicalJsonPostgresIT {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private static final List<String> DOCUMENTS = List.of(
            """
            { "contractId" : "CLS-69-AGGLO-EST-1999",  "signedOn":"1999-01-10",
              "signatures" : [ {"signedBy":"le préfet du Rhône","partnerId":"prefet-69","onBehalfOf":"l'État"} ] }""",
            "{\"zz\":1,\"a\":2,\"aaa\":3,\"aa\":4,\"B\":5,\"é\":6,\"😀\":7,\"｡\":8,\"\":9}",
            "{\"amount\":152449.020,\"baseline\":18.40,\"target\":1.5E0,\"hundred\":1E+2,\"small\":1e-7,"
                    + "\"zero\":0.000,\"minusZero\":-0,\"negative\":-1.250,\"population\":445452,"
                    + "\"big\":123456789012345678901234}",
            "{\"text\":\"quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t\\u0001\\u001F "
                    + "escaped \\u00e9\\ud83d\\ude00 raw é😀\"}",
            "{\"nested\":{\"list\":[3,1,2,{\"y\":null,\"x\":[true,false]}],\"empty\":{},\"none\":[]},\"b\":\"\"}",
            "[1.50, {\"b\":1,\"a\":2}, \"x\", null]",
            "{\"duplicate\":1,\"duplicate\":2}");

    private static Connection connection;

    @BeforeAll
    static void createTable() throws SQLException {
        connection = TestDatabase.get().connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE canonical_json (id INT PRIMARY KEY, doc JSONB NOT NULL)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void jsonbGivesBackTheSameCanonicalForm() throws Exception {
        List<String> back = roundTrip(DOCUMENTS);

        for (int i = 0; i < DOCUMENTS.size(); i++) {
            String original = DOCUMENTS.get(i);
            assertThat(CanonicalJson.toString(JSON.readTree(back.get(i))))
                    .as("document %d, stored as %s", i, back.get(i))
                    .isEqualTo(CanonicalJson.toString(JSON.readTree(original)));
        }
        // otherwise the test proves nothing: jsonb did rewrite the documents
        assertThat(back).doesNotContainAnyElementsOf(DOCUMENTS);
    }

    @Test
    void theHashOfAnEventIsTheSameFromWhatJsonbGivesBack() throws Exception {
        String payload = DOCUMENTS.get(0);
        String metadata = "{ \"reason\" : \"signature du contrat\", \"actor\":\"prefecture-69/agent-12\","
                + " \"amount\" : 152449.020, \"hash\":\"x\" }";
        List<String> back = roundTrip(List.of(payload, metadata));

        String before = EventHash.hash(input(JSON.readTree(payload), JSON.readTree(metadata)));
        String after = EventHash.hash(input(JSON.readTree(back.get(0)), JSON.readTree(back.get(1))));

        assertThat(after).isEqualTo(before);
        // and the payload does count: another stored payload gives another hash
        assertThat(EventHash.hash(input(JsonNodeFactory.instance.objectNode(), JSON.readTree(back.get(1)))))
                .isNotEqualTo(before);
    }

    @Test
    void anEventStoredAsTheEngineStoresItComesBackEqualWithTheSameHash() throws Exception {
        // the engine binds the serializer's JsonNode payload, as text, to the jsonb column
        ClsSerializer serializer = ClsSerializer.create();
        ActionProgressRecorded event = new ActionProgressRecorded(ContractId.of("CLS-69-AGGLO-EST-1999"),
                ActionId.of("FA-03"), ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                List.of(new Measurement(IndicatorId.of("IND-incivilites"), new BigDecimal("18.40"),
                                LocalDate.of(1999, 9, 30)),
                        new Measurement(IndicatorId.of("IND-budget"), new BigDecimal("123456789.123456789"),
                                LocalDate.of(1999, 9, 30))),
                "Six médiateurs recrutés", null);
        SerializedObject<JsonNode> payload = serializer.serialize(event, JsonNode.class);

        String stored = roundTrip(List.of(payload.getData().toString())).get(0);

        Object read = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class,
                payload.getType().getName(), payload.getType().getRevision()));
        assertThat(read).isEqualTo(event);
        JsonNode metadata = JSON.readTree("{\"actor\":\"prefecture-69/agent-12\"}");
        assertThat(EventHash.hash(input(JSON.readTree(stored), metadata)))
                .isEqualTo(EventHash.hash(input(payload.getData(), metadata)));
    }

    private static EventHash.Input input(JsonNode payload, JsonNode metadata) {
        return new EventHash.Input(EventHash.GENESIS, "CLS-69-AGGLO-EST-1999", 0, "ContractSigned", "1",
                "1999-01-10T10:00:00.000Z", payload, metadata);
    }

    private static List<String> roundTrip(List<String> documents) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE canonical_json");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO canonical_json (id, doc) VALUES (?, CAST(? AS jsonb))")) {
            for (int i = 0; i < documents.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, documents.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<String> back = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT doc FROM canonical_json ORDER BY id")) {
            while (rows.next()) {
                back.add(rows.getString(1));
            }
        }
        assertThat(back).hasSameSizeAs(documents);
        return back;
    }
}
