/** The {@code rehabdoc} command: parses arguments, calls the library, maps outcomes to exit codes. */
package dev.rehabdoc.cli;
