/**
 */
package org.vitruvian.model.recipe.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.recipe.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.vitruvian.model.recipe.RecipePackage
 * @generated
 */
public class RecipeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RecipePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecipeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RecipePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecipeSwitch<Adapter> modelSwitch =
		new RecipeSwitch<Adapter>() {
			@Override
			public Adapter caseContainerRecipe(ContainerRecipe object) {
				return createContainerRecipeAdapter();
			}
			@Override
			public Adapter caseBaseImage(BaseImage object) {
				return createBaseImageAdapter();
			}
			@Override
			public Adapter casePackageSet(PackageSet object) {
				return createPackageSetAdapter();
			}
			@Override
			public Adapter caseFileCopy(FileCopy object) {
				return createFileCopyAdapter();
			}
			@Override
			public Adapter caseMpiSpec(MpiSpec object) {
				return createMpiSpecAdapter();
			}
			@Override
			public Adapter caseGpuSpec(GpuSpec object) {
				return createGpuSpecAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.vitruvian.model.recipe.ContainerRecipe <em>Container Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vitruvian.model.recipe.ContainerRecipe
	 * @generated
	 */
	public Adapter createContainerRecipeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vitruvian.model.recipe.BaseImage <em>Base Image</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vitruvian.model.recipe.BaseImage
	 * @generated
	 */
	public Adapter createBaseImageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vitruvian.model.recipe.PackageSet <em>Package Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vitruvian.model.recipe.PackageSet
	 * @generated
	 */
	public Adapter createPackageSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vitruvian.model.recipe.FileCopy <em>File Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vitruvian.model.recipe.FileCopy
	 * @generated
	 */
	public Adapter createFileCopyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vitruvian.model.recipe.MpiSpec <em>Mpi Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vitruvian.model.recipe.MpiSpec
	 * @generated
	 */
	public Adapter createMpiSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vitruvian.model.recipe.GpuSpec <em>Gpu Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vitruvian.model.recipe.GpuSpec
	 * @generated
	 */
	public Adapter createGpuSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RecipeAdapterFactory
