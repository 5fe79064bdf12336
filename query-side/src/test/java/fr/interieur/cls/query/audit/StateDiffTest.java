package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StateDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<StateDiff.Change> diff(String before, String after) {
        return StateDiff.between(json(before), json(after));
    }

    @Test
    void aPartnerAddedIsOneChangeAtItsIdNotAShiftedList() {
        List<StateDiff.Change> changes = diff(
                "{'partners':[{'partnerId':'PREFET','name':'Préfet'},{'partnerId':'MAIRE','name':'Maire'}]}",
                "{'partners':[{'partnerId':'ASSO','name':'Asso'},{'partnerId':'PREFET','name':'Préfet'},"
                + "{'partnerId':'MAIRE','name':'Maire'}]}");

        assertThat(changes).extracting(StateDiff.Change::path, StateDiff.Change::before, StateDiff.Change::after)
                           .containsExactly(tuple("/partners/ASSO", null, json("{'partnerId':'ASSO','name':'Asso'}")));
    }

    @Test
    void changesInsideAnIdentifiedItemHaveItsIdInThePath() {
        List<StateDiff.Change> changes = diff(
                "{'actions':[{'actionId':'A1','status':'PLANNED','indicators':[{'indicatorId':'I1','latest':null}]},"
                + "{'actionId':'A2','status':'PLANNED'}]}",
                "{'actions':[{'actionId':'A1','status':'COMPLETED','indicators':[{'indicatorId':'I1',"
                + "'latest':{'value':410.5}}]}]}");

        assertThat(changes).extracting(StateDiff.Change::path).containsExactly(
                "/actions/A1/status", "/actions/A1/indicators/I1/latest", "/actions/A2");
        assertThat(changes.get(0).before().asText()).isEqualTo("PLANNED");
        assertThat(changes.get(0).after().asText()).isEqualTo("COMPLETED");
        assertThat(changes.get(2).after()).as("removed").isNull();
    }

    @Test
    void otherArraysAreBagsAnElementAddedIsOneChange() {
        List<StateDiff.Change> changes = diff(
                "{'sectorIds':['S1','S2'],'communications':[{'heldOn':'1999-07-01'}]}",
                "{'sectorIds':['S0','S1','S2'],'communications':[{'heldOn':'1999-03-01'},{'heldOn':'1999-07-01'}]}");

        assertThat(changes).extracting(StateDiff.Change::path, StateDiff.Change::before, StateDiff.Change::after)
                           .containsExactly(tuple("/sectorIds/0", null, json("'S0'")),
                                            tuple("/communications/0", null, json("{'heldOn':'1999-03-01'}")));
    }

    @Test
    void aFieldAppearingOrDisappearingIsAChangeFromOrToNull() {
        List<StateDiff.Change> changes = diff("{'status':'SIGNED','end':null}",
                                              "{'status':'ENDED','end':{'reason':'EXPIRED'},'signedOn':'1999-01-15'}");

        assertThat(changes).extracting(StateDiff.Change::path)
                           .containsExactly("/status", "/end", "/signedOn");
        assertThat(changes.get(1).before()).isNull();
        assertThat(changes.get(2).after().asText()).isEqualTo("1999-01-15");
    }

    @Test
    void leavesOutTheStatesBookkeepingAndFindsNothingBetweenEqualStates() {
        assertThat(diff("{'version':3,'position':10,'status':'SIGNED'}", "{'version':4,'position':12,"
                                                                           + "'status':'SIGNED'}")).isEmpty();
    }

    @Test
    void escapesIdsInPaths() {
        List<StateDiff.Change> changes = diff("{'partners':[]}", "{'partners':[{'partnerId':'a/b~c'}]}");

        assertThat(changes).extracting(StateDiff.Change::path).containsExactly("/partners/a~1b~0c");
    }

    @Test
    void aStateFromNothingIsOneChangeAtTheRoot() {
        List<StateDiff.Change> changes = StateDiff.between(null, json("{'status':'IN_PREPARATION'}"));

        assertThat(changes).extracting(StateDiff.Change::path).containsExactly("/");
    }
}
