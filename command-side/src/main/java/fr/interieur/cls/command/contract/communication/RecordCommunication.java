package fr.interieur.cls.command.contract.communication;

import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;

/** Record a communication action with the population that took place. */
public record RecordCommunication(ContractId contractId, LocalDate heldOn, String channel, String audience,
                                  String summary) {
}
