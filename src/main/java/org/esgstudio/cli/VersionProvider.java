package org.esgstudio.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's version), or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"ESG Report Studio " + (version == null ? "dev" : version)};
    }
}
