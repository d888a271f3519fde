// Hand-written testbench (not generated): the 8-bit SAR logic against an ideal comparator written here in
// Verilog, independently of the Java model. Every input level 0..255 must convert to itself in N+1 cycles.
// Run by `memcim verify hdl` with the emitted sar_adc_logic_bits8.v.
`timescale 1ns / 1ps

module tb_sar_ideal;
    reg clk = 1'b0;
    reg rst = 1'b1;
    reg start = 1'b0;
    reg [7:0] level = 8'd0;
    wire [7:0] dac;
    wire busy;
    wire done;
    wire [7:0] result;
    wire cmp = level >= dac;   // the ideal comparator: input at or above the DAC level
    integer i;
    integer cycles;
    integer errors = 0;

    sar_adc_logic_bits8 dut (.clk(clk), .rst(rst), .start(start), .cmp(cmp), .dac(dac), .busy(busy), .done(done), .result(result));

    always #5 clk = ~clk;

    initial begin
        @(posedge clk);
        #1 rst = 1'b0;
        for (i = 0; i < 256; i = i + 1) begin
            level = i;
            start = 1'b1;
            @(posedge clk);
            #1 start = 1'b0;
            cycles = 1;
            while (!done) begin
                @(posedge clk);
                #1 cycles = cycles + 1;
            end
            if (result !== level || cycles != 9) begin
                errors = errors + 1;
                if (errors <= 20) $display("MISMATCH level %0d signal result expected %0d found %0d after %0d cycles", i, level, result, cycles);
            end
        end
        if (errors == 0) $display("PASS tb_sar_ideal 256 levels");
        else $display("FAIL tb_sar_ideal %0d mismatches", errors);
        $finish;
    end
endmodule
