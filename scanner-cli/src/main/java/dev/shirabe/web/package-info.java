/**
 * The local web page over the inventory ({@code shirabe serve}): a person looked up, findings
 * browsed by type, category, flag and folder, a file's findings, and the ledger and the other
 * reports, drawn by the same renderers as the files the commands write. HTTP lives here, in
 * the command line's module, never in the scanning core: the JDK's {@code
 * com.sun.net.httpserver} (no dependency), bound to the loopback address, each request let in
 * by a random token ({@link dev.shirabe.web.AccessToken}), each page sent with a strict
 * Content-Security-Policy ({@link dev.shirabe.web.Responses}). The inventory is opened anew
 * for each request, so the page follows a scan that writes meanwhile.
 */
package dev.shirabe.web;
