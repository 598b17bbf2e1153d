/**
 */
package org.vitruvian.model.service;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.vitruvian.model.common.CommonPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Service definitions: the simulation services workflows are made of.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.service.ServiceFactory
 * @model kind="package"
 * @generated
 */
public interface ServicePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "service";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://vitruvian.org/model/service/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "service";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ServicePackage eINSTANCE = org.vitruvian.model.service.impl.ServicePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl <em>Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.service.impl.ServiceDefinitionImpl
	 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getServiceDefinition()
	 * @generated
	 */
	int SERVICE_DEFINITION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__NAME = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Execution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__EXECUTION = 4;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__INPUTS = 5;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__OUTPUTS = 6;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__PARAMETERS = 7;

	/**
	 * The feature id for the '<em><b>Default Recipe</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__DEFAULT_RECIPE = 8;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__RESOURCES = 9;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION__COMMAND = 10;

	/**
	 * The number of structural features of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.service.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.service.impl.ParameterImpl
	 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = CommonPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = CommonPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__UNIT = CommonPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DEFAULT = CommonPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__MIN = CommonPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__MAX = CommonPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__CHOICES = CommonPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = CommonPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = CommonPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = CommonPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.service.impl.DataPortImpl <em>Data Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.service.impl.DataPortImpl
	 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getDataPort()
	 * @generated
	 */
	int DATA_PORT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT__NAME = CommonPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT__FORMAT = CommonPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT__DESCRIPTION = CommonPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT__OPTIONAL = CommonPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Class</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT__DATA_CLASS = CommonPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Data Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT_FEATURE_COUNT = CommonPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Data Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_PORT_OPERATION_COUNT = CommonPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.service.impl.ResourceRequestImpl <em>Resource Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.service.impl.ResourceRequestImpl
	 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getResourceRequest()
	 * @generated
	 */
	int RESOURCE_REQUEST = 3;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST__NODES = 0;

	/**
	 * The feature id for the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST__CORES = 1;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST__MEMORY = 2;

	/**
	 * The feature id for the '<em><b>Gpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST__GPUS = 3;

	/**
	 * The feature id for the '<em><b>Walltime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST__WALLTIME = 4;

	/**
	 * The feature id for the '<em><b>Mpi Ranks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST__MPI_RANKS = 5;

	/**
	 * The number of structural features of the '<em>Resource Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Resource Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_REQUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.service.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.service.ParameterType
	 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 4;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.service.ExecutionKind <em>Execution Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.service.ExecutionKind
	 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getExecutionKind()
	 * @generated
	 */
	int EXECUTION_KIND = 5;


	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.service.ServiceDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Definition</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition
	 * @generated
	 */
	EClass getServiceDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ServiceDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getId()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EAttribute getServiceDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ServiceDefinition#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getVersion()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EAttribute getServiceDefinition_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ServiceDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getName()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EAttribute getServiceDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ServiceDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getDescription()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EAttribute getServiceDefinition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ServiceDefinition#getExecution <em>Execution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Execution</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getExecution()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EAttribute getServiceDefinition_Execution();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.service.ServiceDefinition#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getInputs()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EReference getServiceDefinition_Inputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.service.ServiceDefinition#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outputs</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getOutputs()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EReference getServiceDefinition_Outputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.service.ServiceDefinition#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getParameters()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EReference getServiceDefinition_Parameters();

	/**
	 * Returns the meta object for the reference '{@link org.vitruvian.model.service.ServiceDefinition#getDefaultRecipe <em>Default Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Recipe</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getDefaultRecipe()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EReference getServiceDefinition_DefaultRecipe();

	/**
	 * Returns the meta object for the containment reference '{@link org.vitruvian.model.service.ServiceDefinition#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resources</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getResources()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EReference getServiceDefinition_Resources();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.service.ServiceDefinition#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Command</em>'.
	 * @see org.vitruvian.model.service.ServiceDefinition#getCommand()
	 * @see #getServiceDefinition()
	 * @generated
	 */
	EAttribute getServiceDefinition_Command();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.service.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.vitruvian.model.service.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vitruvian.model.service.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.Parameter#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vitruvian.model.service.Parameter#getUnit()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.Parameter#getDefault <em>Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default</em>'.
	 * @see org.vitruvian.model.service.Parameter#getDefault()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Default();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.Parameter#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.vitruvian.model.service.Parameter#getMin()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.Parameter#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.vitruvian.model.service.Parameter#getMax()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Max();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.service.Parameter#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see org.vitruvian.model.service.Parameter#getChoices()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.Parameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vitruvian.model.service.Parameter#getDescription()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Description();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.service.DataPort <em>Data Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Port</em>'.
	 * @see org.vitruvian.model.service.DataPort
	 * @generated
	 */
	EClass getDataPort();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.DataPort#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.vitruvian.model.service.DataPort#getFormat()
	 * @see #getDataPort()
	 * @generated
	 */
	EAttribute getDataPort_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.DataPort#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vitruvian.model.service.DataPort#getDescription()
	 * @see #getDataPort()
	 * @generated
	 */
	EAttribute getDataPort_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.DataPort#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.vitruvian.model.service.DataPort#isOptional()
	 * @see #getDataPort()
	 * @generated
	 */
	EAttribute getDataPort_Optional();

	/**
	 * Returns the meta object for the containment reference '{@link org.vitruvian.model.service.DataPort#getDataClass <em>Data Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Data Class</em>'.
	 * @see org.vitruvian.model.service.DataPort#getDataClass()
	 * @see #getDataPort()
	 * @generated
	 */
	EReference getDataPort_DataClass();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.service.ResourceRequest <em>Resource Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Request</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest
	 * @generated
	 */
	EClass getResourceRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ResourceRequest#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nodes</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest#getNodes()
	 * @see #getResourceRequest()
	 * @generated
	 */
	EAttribute getResourceRequest_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ResourceRequest#getCores <em>Cores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest#getCores()
	 * @see #getResourceRequest()
	 * @generated
	 */
	EAttribute getResourceRequest_Cores();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ResourceRequest#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest#getMemory()
	 * @see #getResourceRequest()
	 * @generated
	 */
	EAttribute getResourceRequest_Memory();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ResourceRequest#getGpus <em>Gpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpus</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest#getGpus()
	 * @see #getResourceRequest()
	 * @generated
	 */
	EAttribute getResourceRequest_Gpus();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ResourceRequest#getWalltime <em>Walltime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Walltime</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest#getWalltime()
	 * @see #getResourceRequest()
	 * @generated
	 */
	EAttribute getResourceRequest_Walltime();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.service.ResourceRequest#getMpiRanks <em>Mpi Ranks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mpi Ranks</em>'.
	 * @see org.vitruvian.model.service.ResourceRequest#getMpiRanks()
	 * @see #getResourceRequest()
	 * @generated
	 */
	EAttribute getResourceRequest_MpiRanks();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.service.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see org.vitruvian.model.service.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.service.ExecutionKind <em>Execution Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Execution Kind</em>'.
	 * @see org.vitruvian.model.service.ExecutionKind
	 * @generated
	 */
	EEnum getExecutionKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ServiceFactory getServiceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl <em>Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.service.impl.ServiceDefinitionImpl
		 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getServiceDefinition()
		 * @generated
		 */
		EClass SERVICE_DEFINITION = eINSTANCE.getServiceDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEFINITION__ID = eINSTANCE.getServiceDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEFINITION__VERSION = eINSTANCE.getServiceDefinition_Version();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEFINITION__NAME = eINSTANCE.getServiceDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEFINITION__DESCRIPTION = eINSTANCE.getServiceDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Execution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEFINITION__EXECUTION = eINSTANCE.getServiceDefinition_Execution();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_DEFINITION__INPUTS = eINSTANCE.getServiceDefinition_Inputs();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_DEFINITION__OUTPUTS = eINSTANCE.getServiceDefinition_Outputs();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_DEFINITION__PARAMETERS = eINSTANCE.getServiceDefinition_Parameters();

		/**
		 * The meta object literal for the '<em><b>Default Recipe</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_DEFINITION__DEFAULT_RECIPE = eINSTANCE.getServiceDefinition_DefaultRecipe();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_DEFINITION__RESOURCES = eINSTANCE.getServiceDefinition_Resources();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEFINITION__COMMAND = eINSTANCE.getServiceDefinition_Command();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.service.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.service.impl.ParameterImpl
		 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__UNIT = eINSTANCE.getParameter_Unit();

		/**
		 * The meta object literal for the '<em><b>Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DEFAULT = eINSTANCE.getParameter_Default();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__MIN = eINSTANCE.getParameter_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__MAX = eINSTANCE.getParameter_Max();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__CHOICES = eINSTANCE.getParameter_Choices();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DESCRIPTION = eINSTANCE.getParameter_Description();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.service.impl.DataPortImpl <em>Data Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.service.impl.DataPortImpl
		 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getDataPort()
		 * @generated
		 */
		EClass DATA_PORT = eINSTANCE.getDataPort();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_PORT__FORMAT = eINSTANCE.getDataPort_Format();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_PORT__DESCRIPTION = eINSTANCE.getDataPort_Description();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_PORT__OPTIONAL = eINSTANCE.getDataPort_Optional();

		/**
		 * The meta object literal for the '<em><b>Data Class</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_PORT__DATA_CLASS = eINSTANCE.getDataPort_DataClass();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.service.impl.ResourceRequestImpl <em>Resource Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.service.impl.ResourceRequestImpl
		 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getResourceRequest()
		 * @generated
		 */
		EClass RESOURCE_REQUEST = eINSTANCE.getResourceRequest();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_REQUEST__NODES = eINSTANCE.getResourceRequest_Nodes();

		/**
		 * The meta object literal for the '<em><b>Cores</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_REQUEST__CORES = eINSTANCE.getResourceRequest_Cores();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_REQUEST__MEMORY = eINSTANCE.getResourceRequest_Memory();

		/**
		 * The meta object literal for the '<em><b>Gpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_REQUEST__GPUS = eINSTANCE.getResourceRequest_Gpus();

		/**
		 * The meta object literal for the '<em><b>Walltime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_REQUEST__WALLTIME = eINSTANCE.getResourceRequest_Walltime();

		/**
		 * The meta object literal for the '<em><b>Mpi Ranks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_REQUEST__MPI_RANKS = eINSTANCE.getResourceRequest_MpiRanks();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.service.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.service.ParameterType
		 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.service.ExecutionKind <em>Execution Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.service.ExecutionKind
		 * @see org.vitruvian.model.service.impl.ServicePackageImpl#getExecutionKind()
		 * @generated
		 */
		EEnum EXECUTION_KIND = eINSTANCE.getExecutionKind();

	}

} //ServicePackage
