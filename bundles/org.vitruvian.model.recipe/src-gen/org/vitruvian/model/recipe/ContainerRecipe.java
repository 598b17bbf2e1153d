/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.common.CpuArchitecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Recipe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything needed to build a container image for a simulation service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getBase <em>Base</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getPackages <em>Packages</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getFiles <em>Files</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getBuild <em>Build</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getRun <em>Run</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getTests <em>Tests</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getHelp <em>Help</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getMpi <em>Mpi</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.ContainerRecipe#getGpu <em>Gpu</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe()
 * @model annotation="https://vitruvian.org/yaml kind='ContainerRecipe'"
 * @generated
 */
public interface ContainerRecipe extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the recipe (and of the image it builds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Name()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the image contains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image this one starts from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base</em>' containment reference.
	 * @see #setBase(BaseImage)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Base()
	 * @model containment="true" required="true"
	 * @generated
	 */
	BaseImage getBase();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getBase <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' containment reference.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(BaseImage value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.CpuArchitecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU architecture of the image's binaries (default x86_64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.vitruvian.model.common.CpuArchitecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #setArchitecture(CpuArchitecture)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Architecture()
	 * @model unsettable="true"
	 * @generated
	 */
	CpuArchitecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.vitruvian.model.common.CpuArchitecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(CpuArchitecture value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(CpuArchitecture)
	 * @generated
	 */
	void unsetArchitecture();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getArchitecture <em>Architecture</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Architecture</em>' attribute is set.
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(CpuArchitecture)
	 * @generated
	 */
	boolean isSetArchitecture();

	/**
	 * Returns the value of the '<em><b>Packages</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.recipe.PackageSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packages to install, per package manager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packages</em>' containment reference list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Packages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PackageSet> getPackages();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.recipe.FileCopy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files copied from the build context into the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<FileCopy> getFiles();

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment variables set in the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environment</em>' map.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Environment()
	 * @model mapType="org.vitruvian.model.common.StringEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getEnvironment();

	/**
	 * Returns the value of the '<em><b>Build</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shell commands run while building (Apptainer %post, Containerfile RUN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Build</em>' attribute list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Build()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getBuild();

	/**
	 * Returns the value of the '<em><b>Run</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Command line the container runs (Apptainer %runscript, Containerfile ENTRYPOINT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run</em>' attribute list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Run()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getRun();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metadata labels of the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' map.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Labels()
	 * @model mapType="org.vitruvian.model.common.StringEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getLabels();

	/**
	 * Returns the value of the '<em><b>Tests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shell commands that check the built image (Apptainer %test).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tests</em>' attribute list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Tests()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTests();

	/**
	 * Returns the value of the '<em><b>Help</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Help text shown to users of the image (Apptainer %help).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Help</em>' attribute.
	 * @see #setHelp(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Help()
	 * @model
	 * @generated
	 */
	String getHelp();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getHelp <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Help</em>' attribute.
	 * @see #getHelp()
	 * @generated
	 */
	void setHelp(String value);

	/**
	 * Returns the value of the '<em><b>Mpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MPI inside the image, for MPI services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mpi</em>' containment reference.
	 * @see #setMpi(MpiSpec)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Mpi()
	 * @model containment="true"
	 * @generated
	 */
	MpiSpec getMpi();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getMpi <em>Mpi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mpi</em>' containment reference.
	 * @see #getMpi()
	 * @generated
	 */
	void setMpi(MpiSpec value);

	/**
	 * Returns the value of the '<em><b>Gpu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The GPU stack inside the image, for GPU services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpu</em>' containment reference.
	 * @see #setGpu(GpuSpec)
	 * @see org.vitruvian.model.recipe.RecipePackage#getContainerRecipe_Gpu()
	 * @model containment="true"
	 * @generated
	 */
	GpuSpec getGpu();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.ContainerRecipe#getGpu <em>Gpu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpu</em>' containment reference.
	 * @see #getGpu()
	 * @generated
	 */
	void setGpu(GpuSpec value);

} // ContainerRecipe
