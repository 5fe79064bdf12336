/**
 * A small language for writing down what préfectures did, in the words of the API: police districts, contracts and
 * every act of their lives, each an HTTP command with its business date, its actor, its reason and a stable
 * idempotency key. {@link fr.interieur.cls.demo.script.History} keeps the commands in the order they happened.
 */
package fr.interieur.cls.demo.script;
