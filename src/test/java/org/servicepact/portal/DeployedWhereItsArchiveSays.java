package org.servicepact.portal;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.protocol.servlet5.ServletMethodExecutor;

/**
 * Mends what Arquillian's Payara Micro adapter (3.1) sometimes reports of a deployment that did deploy. The adapter
 * takes one snapshot of Payara Micro's output as soon as the HTTP ports are printed; when the list of deployed
 * applications, printed a few lines later, is not in it yet, it reports the server with no servlets at all, so a client
 * test is handed the server's address without the context root and an in-container test finds no servlet to run in
 * (every {@link PortalIT} test failed so in two CI runs). The context root is the archive's, as Payara Micro gives it:
 * {@code ROOT.war} at "/". Whether the portal really deployed is asked of the portal ({@link PortalIT}).
 */
public class DeployedWhereItsArchiveSays implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Mend.class);
    }

    /** After each deployment: a server reported with no servlets gets Arquillian's runner at the archive's root. */
    public static class Mend {

        @Inject
        private Instance<ProtocolMetaData> protocolMetaData;

        public void servletsAtTheArchivesRoot(@Observes AfterDeploy deployed) {
            ProtocolMetaData metaData = protocolMetaData.get();
            if (metaData == null) {
                return;
            }
            String contextRoot = contextRoot(deployed.getDeployment().getArchive().getName());
            for (HTTPContext server : metaData.getContexts(HTTPContext.class)) {
                if (server.getServlets().isEmpty()) {
                    server.add(new Servlet(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME, contextRoot));
                }
            }
        }

        static String contextRoot(String archiveName) {
            String name = archiveName.replaceFirst("\\.[a-z]+$", "");
            return "ROOT".equals(name) ? "/" : "/" + name;
        }
    }
}
