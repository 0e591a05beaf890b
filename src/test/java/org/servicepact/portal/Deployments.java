package org.servicepact.portal;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/** The archive the tests deploy: the real WAR that {@code mvn package} built, not a hand-picked subset. */
final class Deployments {

    /** Opens Arquillian's in-container test runner, which the portal's "/*" login constraint would otherwise guard. */
    private static final String OPEN_TEST_RUNNER = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_test_runner</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    /** The in-container tests run the watcher, the rollup and the agreement clock by hand, at instants they choose. */
    private static final String NO_BACKGROUND_JOBS = """
            config_ordinal=500
            servicepact.background-jobs=false
            """;

    private Deployments() {
    }

    /** The jar a class of the test class path comes from, to deploy a library the in-container checks use. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("servicepact.war", "target/ROOT.war")));
    }

    /** The portal with the in-container test runner, background jobs off, and these further settings. */
    static WebArchive portalWithTestRunner(String settings) {
        return portal()
                .addClasses(Deployments.class, DemoRequestForms.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-test-runner.jar")
                        .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml")
                        .addAsManifestResource(new StringAsset(NO_BACKGROUND_JOBS + settings), "microprofile-config.properties"));
    }

    /** The session probe as a library of the deployment, its report open to the test without signing in. */
    static JavaArchive sessionProbe() {
        return probe(SessionReplicationProbe.class, SessionReplicationProbe.PATH, "session_probe");
    }

    /** The statement counter as a library of the deployment, its report open to the test without signing in. */
    static JavaArchive statementProbe() {
        return probe(StatementCountProbe.class, StatementCountProbe.PATH, "statement_probe");
    }

    private static JavaArchive probe(Class<?> filter, String reportPath, String name) {
        return ShrinkWrap.create(JavaArchive.class, name.replace('_', '-') + ".jar")
                .addClasses(filter)
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <name>%s</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>%s</web-resource-name>
                                    <url-pattern>%s</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """.formatted(name, name, reportPath)), "web-fragment.xml");
    }
}
