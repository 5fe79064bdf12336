/**
 * Local security contracts: the {@link fr.interieur.cls.command.contract.Contract} aggregate, its named rules
 * ({@code rules}), the command-side tables that look across contracts ({@code registry}), and one feature package
 * per command (command record, handler, endpoint).
 */
package fr.interieur.cls.command.contract;
