/*
 * empty: the start-up baseline, a program that does nothing and links no
 * heap. Against bench/startup.c built the same way it shows what setting
 * up the heap costs at start-up.
 *   empty
 */
int main(void)
{
	return 0;
}
