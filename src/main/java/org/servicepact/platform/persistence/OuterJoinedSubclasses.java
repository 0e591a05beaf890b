package org.servicepact.platform.persistence;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Reads a class hierarchy mapped to joined tables (a request's provider, a {@code Party}: a department or an external
 * party) in one statement, outer-joining the subclasses' tables, instead of EclipseLink's default of reading the root's
 * table first and then each subclass's table in a statement of its own. Named for an entity in persistence.xml
 * ({@code eclipselink.descriptor.customizer.<entity>}).
 */
public class OuterJoinedSubclasses implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getInheritancePolicy().setShouldOuterJoinSubclasses(true);
    }
}
