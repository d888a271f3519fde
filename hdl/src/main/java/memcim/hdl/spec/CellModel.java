package memcim.hdl.spec;

/**
 * How SPICE models a cell: access resistance + sinh memristor as one nonlinear element, or its chord conductance
 * at V_read as the fast model has it (a linear circuit, about 10× faster to solve).
 */
public enum CellModel implements SpecKey { SINH, CHORD }
