package org.esgstudio.office;

import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfigurationFactory;

/**
 * Reads log4j2.xml, the logging of POI, like Log4j's own XML factory, and names the host in it so that Log4j does not
 * look it up: when it starts, Log4j fills its {@code hostName} property with {@code InetAddress.getLocalHost()}, a name
 * resolution that may ask DNS and, on a machine without network whose name is not in its hosts file, wait for it. The
 * app works offline and never resolves a host name (docs/reliability/offline.md; found by
 * {@code org.esgstudio.offline.OfflineTest}). Registered in log4j2.component.properties.
 */
public final class PoiLogConfiguration extends XmlConfigurationFactory {
    /** The host name our log4j2.xml could show ({@code ${hostName}}); it shows none. */
    static final String HOST_NAME = "localhost";

    @Override
    public Configuration getConfiguration(LoggerContext loggerContext, ConfigurationSource source) {
        Configuration configuration = super.getConfiguration(loggerContext, source);
        configuration.getProperties().putIfAbsent("hostName", HOST_NAME);
        return configuration;
    }
}
