package org.servicepact.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormRequestsTest {

    @Test
    void aQueryStringsNamesAreDecodedAsTheContainerDecodesThem() {
        assertEquals(Set.of(), FormRequests.namesInQuery(null));
        assertEquals(Set.of("tab", "q"), FormRequests.namesInQuery("tab=mine&q=a%20b"));
        assertEquals(Set.of("jakarta.faces.partial.ajax"), FormRequests.namesInQuery("jakarta.faces.partial%2Eajax=true"));
        assertEquals(Set.of("jakarta.faces.partial.ajax", "x"), FormRequests.namesInQuery("x&jakarta.faces.partial.ajax"));
        assertEquals(Set.of("a b", ""), FormRequests.namesInQuery("a+b=1&=2"));
    }

    @Test
    void aNameWithAMalformedEscapeIsNone() {
        assertEquals(Set.of("tab"), FormRequests.namesInQuery("%zz=1&tab=mine&jakarta.faces.partial.ajax%=true"));
    }
}
