package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Model objects in the Properties view: every key the object's class has, with its value as the
 * YAML says it (lists joined, a nested object by its name), and the key's documentation as the
 * description. Read-only: the editor's pages edit, so that every change keeps the file's layout.
 */
public final class ModelPropertySources implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == IPropertySource.class && adaptable instanceof EObject object && object.eClass().getEPackage() != null
                && object.eClass().getEPackage().getNsURI() != null && object.eClass().getEPackage().getNsURI().contains("vitruvian")) {
            return type.cast(new Source(object));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }

    private record Source(EObject object) implements IPropertySource {

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> descriptors = new ArrayList<>();
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived()) {
                    continue;
                }
                PropertyDescriptor descriptor = new PropertyDescriptor(feature, feature.getName());
                String doc = org.eclipse.emf.ecore.util.EcoreUtil.getDocumentation(feature);
                if (doc != null) {
                    descriptor.setDescription(doc.strip());
                }
                descriptors.add(descriptor);
            }
            return descriptors.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            EStructuralFeature feature = (EStructuralFeature) id;
            return text(object.eGet(feature), feature);
        }

        private static String text(Object value, EStructuralFeature feature) {
            if (value == null) {
                return "";
            }
            if (value instanceof List<?> list) {
                List<String> items = new ArrayList<>();
                for (Object item : list) {
                    items.add(text(item, feature));
                }
                return feature instanceof EReference && items.size() > 3 ? items.size() + " items: " + String.join(", ", items)
                        : String.join(", ", items);
            }
            if (value instanceof EObject nested && feature instanceof EReference) {
                for (String key : List.of("name", "id")) {
                    EStructuralFeature name = nested.eClass().getEStructuralFeature(key);
                    if (name instanceof EAttribute && nested.eGet(name) != null) {
                        return String.valueOf(nested.eGet(name));
                    }
                }
                return nested.eClass().getName();
            }
            return String.valueOf(value);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return object.eIsSet((EStructuralFeature) id);
        }

        @Override
        public void resetPropertyValue(Object id) {
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
        }
    }
}
