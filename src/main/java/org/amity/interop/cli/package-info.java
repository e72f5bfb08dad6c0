/**
 * The command line (picocli) on the same code and database as the web application: imports with a progress bar and
 * exports. The application's entry point asks it whether the arguments are a command.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.amity.interop.cli;
