/**
 * The demo data loader: {@link fr.interieur.cls.demo.DemoLoader} sends the data set of {@code dataset} to the command
 * side over HTTP, as the préfectures would have, in the order things happened (tokens it mints itself, an
 * {@code Idempotency-Key} per command so that a second run appends nothing).
 */
package fr.interieur.cls.demo;
